"""Test data built through the same services the application uses."""
import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import Membership, Organization, User

PASSWORD = "correct-horse-battery-staple"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisation {n}")
    type = "commercial"
    country = "GB"
    # Verified by default, as most organisations that apply for long will be; tests of the
    # verification itself pass verified=False.
    verified_at = factory.LazyFunction(timezone.now)
    verified_type = factory.SelfAttribute("type")
    verified_country = factory.SelfAttribute("country")

    class Params:
        unverified = factory.Trait(verified_at=None, verified_type="", verified_country="")


def make_organization(*, verified: bool = True, **kwargs) -> Organization:
    return OrganizationFactory(unverified=not verified, **kwargs)


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
