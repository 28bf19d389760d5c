"""What a service says when it refuses: a clear message for people, field errors for forms and APIs."""
from django.utils.translation import gettext


class ActionError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ActionNotAllowed(ActionError):
    """The action is not possible in this state, or not for this person."""


class ActionConflict(ActionNotAllowed):
    """Someone else acted on the application first; the caller should show the fresh state."""


class ActionInvalid(ActionError):
    """The input is incomplete or wrong; `fields` maps a field path to what is wrong."""

    def __init__(self, fields: dict[str, str], message: str | None = None):
        super().__init__(message or gettext("Please correct the errors below."))
        self.fields = fields
