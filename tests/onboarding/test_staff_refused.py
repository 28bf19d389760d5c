"""Staff accounts (reviewers, auditors, admins) cannot create or join applicant organisations."""
import pytest
from django.urls import reverse

from accounts.models import Organization


@pytest.mark.parametrize("persona", ["rita", "audrey", "adam"])
def test_staff_cannot_create_an_organisation(client, persona, request):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    response = client.post(reverse("accounts:organization_create"),
                           {"name": "Shadow Org", "type": "commercial", "country": "GB", "region": ""})
    assert response.status_code == 403
    assert not Organization.objects.filter(name="Shadow Org").exists()
