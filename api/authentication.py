"""Who is calling: an organisation API key in `Authorization: Bearer <key>`. The request then
acts as the member who created the key, within the key's organisation and scopes."""
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions

from accounts import roles
from api.models import READ, WRITE, OrganizationAPIKey


class OrganizationKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != self.keyword.lower() or not secret.strip():
            return None
        try:
            api_key = OrganizationAPIKey.objects.get_from_key(secret.strip())
        except OrganizationAPIKey.DoesNotExist:
            api_key = None
        if api_key is None or api_key.has_expired:
            raise exceptions.AuthenticationFailed("This API key is not valid: it is unknown, revoked or expired.")
        user = api_key.created_by
        if not user.is_active or api_key.organization_id not in roles.organization_ids(user):
            raise exceptions.AuthenticationFailed(
                "This API key's creator no longer belongs to the organisation: create a new key.")
        if api_key.last_used_at is None or (timezone.now() - api_key.last_used_at).total_seconds() > 60:
            OrganizationAPIKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
        return user, api_key

    def authenticate_header(self, request):
        return self.keyword


class KeyScopes(permissions.BasePermission):
    """Reads need the read scope, writes the write scope."""

    message = "This API key does not have the scope this request needs."

    def has_permission(self, request, view):
        api_key = request.auth
        if not isinstance(api_key, OrganizationAPIKey):
            return False
        needed = getattr(view, "required_scope", None) or (READ if request.method in permissions.SAFE_METHODS
                                                           else WRITE)
        return needed in api_key.scopes


class OrganizationKeyScheme(OpenApiAuthenticationExtension):
    target_class = OrganizationKeyAuthentication
    name = "OrganizationKey"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer",
                "description": "An organisation API key, created on the organisation's page."}
