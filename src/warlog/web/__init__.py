"""The local web view (`warlog serve`): map, timeline, event, story and claims pages over a database, read-only.

DOCS: docs/web.md
"""

from warlog.web.app import create_app, serve

__all__ = ["create_app", "serve"]
