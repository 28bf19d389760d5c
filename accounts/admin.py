from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.invitations import Invitation
from accounts.models import Membership, Organization, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "roles", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["public_id", "last_login", "date_joined"]
    inlines = [MembershipInline]
    fieldsets = [
        (None, {"fields": ["email", "password", "public_id"]}),
        (_("Person"), {"fields": ["first_name", "last_name", "language"]}),
        (_("Roles"), {"fields": ["is_active", "groups"],
                      "description": _("Roles are groups: applicant, reviewer, auditor, admin.")}),
        (_("Django admin access"), {"fields": ["is_staff", "is_superuser"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    @admin.display(description=_("Roles"))
    def roles(self, obj):
        return ", ".join(g.name for g in obj.groups.all())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "type", "country", "region", "email_domain"]
    list_filter = ["type", "country"]
    search_fields = ["name", "email_domain"]
    # Verification is done on its own page (oversight), with its audit event: shown here, not edited.
    readonly_fields = ["public_id", "created_at", "verified_at", "verified_by", "verified_type", "verified_country",
                       "verification_note"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organization", "invited_by", "created_at", "expires_at", "accepted_at"]
    list_filter = ["organization"]
    search_fields = ["email", "organization__name"]
    readonly_fields = ["token", "created_at", "accepted_at", "accepted_by"]
