from reviews.models.application import Application, EndUser
from reviews.models.attachment import Attachment
from reviews.models.correspondence import InternalNote, Message
from reviews.models.notification import ApplicantNotification
from reviews.models.screening_result import ScreeningResult
from reviews.models.scrutiny import ScrutinyRecord
from reviews.models.state_count import StateCount
from reviews.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = ["ApplicantNotification", "Application", "Attachment", "EndUser", "InternalNote", "Message", "ScreeningResult", "ScrutinyRecord", "StateCount", "WebhookAttempt",
           "WebhookDelivery", "WebhookEndpoint"]
