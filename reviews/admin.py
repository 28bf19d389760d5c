from django.contrib import admin

from reviews.models import Application, EndUser, ScreeningResult, ScrutinyRecord


class ReadOnlyAdmin(admin.ModelAdmin):
    """Decisions change only through the services, which lock, check and audit; the admin shows."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EndUserInline(admin.TabularInline):
    model = EndUser
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(ReadOnlyAdmin):
    list_display = ["reference", "title", "org_name", "org_type", "org_country", "state", "risk_score", "due_on", "assignee"]
    list_filter = ["state", "org_type", "enhanced_scrutiny_required"]
    search_fields = ["reference", "title", "org_name"]
    list_select_related = ["assignee"]
    inlines = [EndUserInline]


@admin.register(ScreeningResult)
class ScreeningResultAdmin(ReadOnlyAdmin):
    list_display = ["application", "round", "policy_version_label", "outcome", "enhanced_scrutiny", "risk_score", "created_at"]
    list_filter = ["outcome", "enhanced_scrutiny"]
    list_select_related = ["application"]


@admin.register(ScrutinyRecord)
class ScrutinyRecordAdmin(ReadOnlyAdmin):
    list_display = ["application", "recommended_by", "recommended_at", "second_reviewer", "second_decision", "second_decided_at"]
    list_select_related = ["application", "recommended_by", "second_reviewer"]
