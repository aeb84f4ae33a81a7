"""Date expressions resolved against the article (datelines now; issue 5 adds the rest)."""
