"""Test data built through the same services the application uses."""
import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import Membership, Organization, User

PASSWORD = "correct-horse-battery-staple"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisation {n}")
    type = "commercial"
    country = "GB"


def make_organization(**kwargs) -> Organization:
    return OrganizationFactory(**kwargs)


def make_user(email: str, *, roles=(), organization=None, **extra) -> User:
    user = User.objects.create_user(email=email, password=PASSWORD, **extra)
    if roles:
        user.groups.set(Group.objects.filter(name__in=roles))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if organization is not None:
        Membership.objects.create(user=user, organization=organization)
    return User.objects.get(pk=user.pk)  # fresh: no cached roles


def facts_for(org: Organization, **overrides) -> dict:
    """A complete, valid facts document for `org` (design §2)."""
    facts = {
        "title": "Summaries of case files",
        "description": "Summarise long case files for investigators.",
        "organization": {"name": org.name, "type": org.type, "country": org.country},
        "end_users": [],
        "capabilities": ["summarization"],
        "facial_recognition": None,
        "data_sources": "Case files.",
        "human_oversight": "An investigator reads every source document.",
    }
    facts.update(overrides)
    return facts


RETROSPECTIVE_FR = {
    "capabilities": ["facial_recognition"],
    "facial_recognition": {
        "mode": "retrospective",
        "sources": ["booking_photos"],
        "environment": "controlled",
        "purpose": "Investigate serious offences.",
    },
}

REALTIME_BODYCAM_FR = {
    "capabilities": ["facial_recognition"],
    "facial_recognition": {
        "mode": "realtime",
        "sources": ["body_worn"],
        "environment": "uncontrolled",
        "purpose": "Identify wanted persons on patrol.",
    },
}
