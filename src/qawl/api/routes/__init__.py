"""One router per resource of the REST API, plus the server-rendered pages."""
