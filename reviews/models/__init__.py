from reviews.models.application import Application, EndUser
from reviews.models.correspondence import InternalNote, Message
from reviews.models.screening_result import ScreeningResult
from reviews.models.scrutiny import ScrutinyRecord

__all__ = ["Application", "EndUser", "InternalNote", "Message", "ScreeningResult", "ScrutinyRecord"]
