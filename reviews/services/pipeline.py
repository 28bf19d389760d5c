"""The system's own transitions: screening a submission and expiring old approvals.

Screening is two short transactions so that a worker killed between them leaves the
application visibly in `screening`, where the sweeper finds it. Both steps check the state
first, so running them twice (a redelivered task) changes nothing the second time.
"""
import logging

from django.db import transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import webhooks
from reviews.models import Application, ScreeningResult
from reviews.models.webhook import APPLICATION_APPROVAL_EXPIRING
from reviews.services.transitions import fire, locked
from reviews.states import State
from reviews.tasks import notify_applicant
from screening.engine import AUTO_DENIED, screen
from screening.facts import validate_facts
from screening.services import active_packs, active_policy

log = logging.getLogger(__name__)


def application_begin_screening(*, application_id: int) -> bool:
    with transaction.atomic(durable=True):
        application = Application.objects.select_for_update().filter(pk=application_id).first()
        if application is None or application.state != State.SUBMITTED:
            return False
        fire(application, "begin_screening", by=None, audit_data={"round": application.screening_round + 1})
    return True


def application_complete_screening(*, application_id: int) -> ScreeningResult | None:
    with transaction.atomic(durable=True):
        application = Application.objects.select_for_update().filter(pk=application_id).first()
        if application is None or application.state != State.SCREENING:
            return None
        result, output = _screen(application, round=application.screening_round)
        audit_data = {"screening_result": result.pk, **output}
        if result.outcome == AUTO_DENIED:
            fire(application, "auto_deny", by=None, screening=result, audit_data=audit_data)
            notify_applicant(application, "auto_denied")
        else:
            fire(application, "route_to_review", by=None, screening=result, audit_data=audit_data)
            notify_applicant(application, "in_review")
    return result


def _screen(application: Application, *, round: int) -> tuple[ScreeningResult, dict]:
    """Screen the application's facts, as its organisation's profile says now, with the active
    policy and every active jurisdiction pack, and store the result with every version used."""
    application.copy_organization_profile()
    version, policy = active_policy()
    packs = active_packs()
    facts = validate_facts(application.facts())
    output = screen(facts, policy, [pack for _, pack in packs])
    pack_ids = {pack_version.version: pack_version.pk for pack_version, _ in packs}
    result = ScreeningResult.objects.create(
        application=application,
        round=round,
        policy_version=version,
        policy_version_label=output["policy_version"],
        pack_versions=[{**applied, "policy_version": pack_ids[applied["version"]]} for applied in output["packs"]],
        outcome=output["outcome"],
        enhanced_scrutiny=output["enhanced_scrutiny"],
        matched_rules=output["matched_rules"],
        facts=facts,
        risk_score=output["risk_score"],
    )
    return result, output


# Open, already screened, and not yet decided: where a change of the facts needs a new screening.
RESCREENABLE_STATES = (State.HUMAN_REVIEW, State.NEEDS_INFO, State.ENHANCED_SCRUTINY)


def application_rescreen(*, application_id: int, reason: str) -> ScreeningResult | None:
    """Screen an open application again because the facts it rests on changed (its organisation's
    profile: a verifier's correction, a member's edit). The state stays; a deny rule that now
    matches makes approval impossible, and the reviewer sees it with its evidence."""
    with transaction.atomic(durable=True):
        application = Application.objects.select_for_update().filter(pk=application_id).first()
        if application is None or application.state not in RESCREENABLE_STATES:
            return None
        result, output = _screen(application, round=application.screening_round + 1)
        application.record_rescreening(result)
        application.save()
        audit_event_record(action=AuditEventType.APPLICATION_RESCREENED, subject=application,
                           data={"screening_result": result.pk, "reason": reason, **output})
    return result


def screen_submitted_application(*, application_id: int) -> ScreeningResult | None:
    application_begin_screening(application_id=application_id)
    return application_complete_screening(application_id=application_id)


def facts_screen_dry_run(*, organization, facts: dict) -> dict:
    """Screen a facts document with the active policy, storing nothing: what submitting it on
    behalf of `organization` would be screened as (who applies comes from its profile, design §2).
    Raises `FactsError` with the field paths when the document is not valid."""
    facts = dict(facts) if isinstance(facts, dict) else facts
    if isinstance(facts, dict):
        probe = Application(organization=organization)
        probe.copy_organization_profile()
        organization_facts = {"name": probe.org_name, "type": probe.org_type, "country": probe.org_country,
                              "verified": organization.is_verified, "domains": organization.member_domains()}
        if probe.org_region:
            organization_facts["region"] = probe.org_region
        if probe.org_subdivision:
            organization_facts["subdivision"] = probe.org_subdivision
        facts["organization"] = organization_facts
    _, policy = active_policy()
    return screen(validate_facts(facts), policy)


def application_expire(*, application: Application) -> Application | None:
    with transaction.atomic(durable=True):
        application = locked(application)
        if application.state != State.APPROVED or not application.reverification_passed:
            return None
        fire(application, "expire", by=None, audit_data={"reverification_date": application.reverification_date.isoformat()})
    return application


def application_remind_reverification(*, application_id: int) -> bool:
    """Remind the applicant once, 30 days before the approval's re-verification date."""
    with transaction.atomic(durable=True):
        application = Application.objects.select_for_update().filter(pk=application_id).first()
        if application is None or application.state != State.APPROVED or application.reverification_reminded_at:
            return False
        application.reverification_reminded_at = timezone.now()
        application.save(update_fields=["reverification_reminded_at"])
        audit_event_record(action=AuditEventType.APPLICATION_REVERIFICATION_REMINDED, subject=application,
                           data={"reverification_date": application.reverification_date.isoformat()})
        notify_applicant(application, "reverification_due")
        webhooks.emit(application, APPLICATION_APPROVAL_EXPIRING)
    return True
