"""An invitation is written in the invitee's language when they already have an account, and in
the inviter's when they do not (a stranger's language is unknown; a colleague's is a good guess).
alice and bob are members of the Northshire Police; carol applies for Acme Logistics."""
from django.core import mail
from django.utils import timezone, translation
from django.utils.formats import date_format

from accounts.models import User

DAVE = "dave@northshire-police.example"


def _expiry_in(language: str) -> str:
    from accounts.invitations import Invitation

    with translation.override(language):
        return date_format(timezone.localtime(Invitation.objects.get().expires_at), "DATE_FORMAT")


def test_someone_without_an_account_is_invited_in_the_inviters_language(alice, northshire, send_invitation):
    User.objects.filter(pk=alice.pk).update(language="de")
    send_invitation(organization=northshire, by=User.objects.get(pk=alice.pk), email=DAVE)
    [message] = mail.outbox
    assert message.to == [DAVE] and _expiry_in("de") in message.body


def test_someone_with_an_account_is_invited_in_their_own_language(alice, carol, northshire, send_invitation):
    User.objects.filter(pk=alice.pk).update(language="de")
    User.objects.filter(pk=carol.pk).update(language="pt")
    send_invitation(organization=northshire, by=User.objects.get(pk=alice.pk), email=carol.email)
    assert _expiry_in("pt") in mail.outbox[0].body


def test_an_english_inviter_invites_in_english(alice, northshire, send_invitation):
    send_invitation(organization=northshire, by=alice, email=DAVE)
    [message] = mail.outbox
    assert message.subject == "Join Northshire Police on Use-Case Review"
    assert f"The invitation can be used once and expires on {_expiry_in('en')}." in message.body


# Needs the compiled catalogues (locale/*/LC_MESSAGES/django.mo): the sentences themselves.
def test_the_invitation_itself_is_translated(alice, northshire, send_invitation):
    User.objects.filter(pk=alice.pk).update(language="es")
    send_invitation(organization=northshire, by=User.objects.get(pk=alice.pk), email=DAVE)
    assert mail.outbox[0].subject == "Únase a Northshire Police en Use-Case Review"
