"""REST API v1: thin views over the same services and the same permission source as the pages.

Every view finds the application through `reviews.permissions.visible_application_or_404`,
narrowed to the key's organisation (anything else is 404, as for a page), and changes it only
through one service of `reviews.services`; what the service refuses becomes problem+json with
its own words. Writes name the key in every audit event they cause; every POST honours an
Idempotency-Key.
"""
import functools

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.idempotency import idempotent
from api.models import READ
from api.problems import problem
from audit.context import acting_through
from reviews import permissions, services
from reviews.forms.applicant import ATTESTATION_MISSING, ATTESTATIONS
from reviews.models import Application
from reviews.services.attachments import attachment_add
from reviews.services.pipeline import facts_screen_dry_run
from reviews.states import State
from screening.facts import FactsError, validate_facts


def through_key(handler):
    """Run a write with the key named in every audit event it causes."""

    @functools.wraps(handler)
    def wrapped(view, request, *args, **kwargs):
        with acting_through(request.auth.channel()):
            return handler(view, request, *args, **kwargs)

    return wrapped


def _application(request, public_id: str) -> Application:
    """The application with this id if this key may see it: the person's view, narrowed to the
    key's organisation. 404 for "does not exist" and "not yours" alike."""
    application = permissions.visible_application_or_404(request.user, public_id)
    if application.organization_id != request.auth.organization_id:
        raise Http404("No such application.")
    return application


def _detail(request, application: Application, *, status_code=status.HTTP_200_OK) -> Response:
    fresh = Application.objects.select_related("organization").get(pk=application.pk)
    return Response(s.ApplicationDetail(fresh, context={"request": request}).data, status=status_code)


def _valid(serializer_class, request):
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class ApplicationPages(CursorPagination):
    ordering = ("-created_at", "-id")
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 100


class ScreenView(APIView):
    required_scope = READ

    @extend_schema(operation_id="screen", request=s.ScreenInput, responses={200: s.ScreenOutput},
                   summary="Screen a facts document against the active policy, storing nothing",
                   description="The `screen` result of design §2 for the document as if this organisation "
                               "submitted it (who applies comes from its profile).")
    @idempotent
    def post(self, request):
        facts = _valid(s.ScreenInput, request)["facts"]
        return Response({"screening": facts_screen_dry_run(organization=request.auth.organization, facts=facts)})


class ApplicationListView(APIView):
    @extend_schema(operation_id="applications_list", responses={200: s.ApplicationPage},
                   parameters=[s.ListFilters])
    def get(self, request):
        unknown = set(request.query_params) - set(s.ListFilters().fields)
        if unknown:
            return problem(422, "Unknown query parameters.", fields=dict.fromkeys(sorted(unknown),
                                                                                "Not a filter of this list."))
        filters = s.ListFilters(data=request.query_params.dict())  # a dict: "" is a value, not "absent"
        filters.is_valid(raise_exception=True)
        applications = (Application.objects.visible_to(request.user)
                        .filter(organization_id=request.auth.organization_id))
        if "state" in filters.validated_data:
            applications = applications.filter(state=filters.validated_data["state"])
        if "reference" in filters.validated_data:
            applications = applications.filter(reference=filters.validated_data["reference"])
        pages = ApplicationPages()
        page = pages.paginate_queryset(applications, request, view=self)
        return pages.get_paginated_response(s.ApplicationSummary(page, many=True).data)

    @extend_schema(operation_id="applications_create", request=s.DraftInput, responses={201: s.ApplicationDetail},
                   summary="Start a draft with a facts document (it may be incomplete)")
    @idempotent
    @through_key
    def post(self, request):
        draft = _valid(s.DraftInput, request)
        application = services.application_create_draft(organization=request.auth.organization, by=request.user,
                                                        facts=draft["facts"],
                                                        publish_consent=bool(draft.get("publish_consent")))
        return _detail(request, application, status_code=status.HTTP_201_CREATED)


class ApplicationView(APIView):
    @extend_schema(operation_id="applications_read", responses={200: s.ApplicationDetail},
                   summary="An application with its timeline, messages and the actions open now")
    def get(self, request, public_id: str):
        return _detail(request, _application(request, public_id))

    @extend_schema(operation_id="applications_update", request=s.DraftInput, responses={200: s.ApplicationDetail},
                   summary="Replace the facts of a draft (or of an application awaiting information)")
    @through_key
    def put(self, request, public_id: str):
        application = _application(request, public_id)
        draft = _valid(s.DraftInput, request)
        services.application_update_draft(application=application, by=request.user, facts=draft["facts"],
                                          publish_consent=draft.get("publish_consent"))
        return _detail(request, application)


class DocumentsView(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(operation_id="applications_documents_add", request={"multipart/form-data": s.DocumentInput},
                   responses={201: s.DocumentOutput}, summary="Add a supporting PDF")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        upload = _valid(s.DocumentInput, request)["document"]
        attachment = attachment_add(application=application, by=request.user, upload=upload)
        return Response(s.DocumentOutput(attachment).data, status=status.HTTP_201_CREATED)


class SubmitView(APIView):
    parser_classes = [JSONParser]

    @extend_schema(operation_id="applications_submit", request=s.SubmitInput, responses={200: s.ApplicationDetail},
                   summary="Submit a draft, confirming the three attestations")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        attestations = _valid(s.SubmitInput, request)["attestations"]
        missing = {f"attestations.{name}": ATTESTATION_MISSING for name, _ in ATTESTATIONS if not attestations[name]}
        if missing and permissions.may(application, request.user, "submit"):
            # As the form does: every fact still missing and every statement not confirmed, at once.
            try:
                validate_facts(application.facts())
            except FactsError as exc:
                missing = {**exc.fields, **missing}
            return problem(422, "The application is not complete yet.", fields=missing)
        services.application_submit(application=application, by=request.user, attested=not missing,
                                    expected_state=State.DRAFT)
        return _detail(request, application)


class ResubmitView(APIView):
    @extend_schema(operation_id="applications_resubmit", request=None, responses={200: s.ApplicationDetail},
                   summary="Resubmit after an information request (reply first with a message)")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        services.application_resubmit(application=application, by=request.user, expected_state=State.NEEDS_INFO)
        return _detail(request, application)


class WithdrawView(APIView):
    @extend_schema(operation_id="applications_withdraw", request=None, responses={200: s.ApplicationDetail},
                   summary="Withdraw the application")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        services.application_withdraw(application=application, by=request.user)
        return _detail(request, application)


class AppealView(APIView):
    @extend_schema(operation_id="applications_appeal", request=s.AppealInput, responses={200: s.ApplicationDetail},
                   summary="Appeal a denial, once, with a statement")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        statement = _valid(s.AppealInput, request)["statement"]
        services.application_appeal(application=application, by=request.user, statement=statement,
                                    expected_state=State.DENIED)
        return _detail(request, application)


class MessagesView(APIView):
    @extend_schema(operation_id="applications_messages_send", request=s.MessageInput,
                   responses={201: s.MessageOutput}, summary="Write to the reviewers (e.g. reply to an information "
                                                             "request)")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        body = _valid(s.MessageInput, request)["body"]
        message = services.application_message_reviewers(application=application, by=request.user, body=body)
        return Response(s.MessageOutput({"who": "you", "body": message.body, "created_at": message.created_at}).data,
                        status=status.HTTP_201_CREATED)



class PublicationConsentView(APIView):
    @extend_schema(operation_id="applications_publication_consent_withdraw", request=None,
                   responses={200: s.ApplicationDetail},
                   summary="Withdraw the consent to publish the application in the public register")
    @idempotent
    @through_key
    def post(self, request, public_id: str):
        application = _application(request, public_id)
        services.application_withdraw_publication_consent(application=application, by=request.user)
        return _detail(request, application)
