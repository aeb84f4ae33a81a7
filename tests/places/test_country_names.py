"""Countries given by name or code, as users type them and as the coded datasets write them."""

import pytest

from warlog.errors import WarlogError
from warlog.places.country_names import country_code
from warlog.store.filters import country_code as filter_country_code


@pytest.mark.parametrize("name, code", [
    ("Democratic Republic of Congo", "CD"), ("Democratic Republic of the Congo", "CD"), ("DRC", "CD"),
    ("Republic of Congo", "CG"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Burkina Faso", "BF"),
    ("KE", "KE"), ("ken", "KE"), ("Myanmar", "MM"), ("Burma", "MM"), ("Russia", "RU"), ("Turkey", "TR"),
    ("Syria", "SY"), ("SYR", "SY"), ("Palestine", "PS"), ("East Timor", "TL"), ("Swaziland", "SZ"),
    ("Cape Verde", "CV"), ("the Gambia", "GM"), ("UK", "GB"), ("United States", "US"),
])
def test_country_names_and_codes_resolve_to_iso_codes(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", None, "Aleppo"])
def test_what_is_no_country_has_no_code(name):
    assert country_code(name) is None


def test_the_commands_filter_refuses_an_unknown_country_in_one_line():
    assert filter_country_code("Russia") == "RU"
    with pytest.raises(WarlogError, match="Unknown country 'Atlantis'"):
        filter_country_code("Atlantis")
