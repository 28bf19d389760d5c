from django.contrib import admin

from audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the audit log is append-only, even for superusers."""

    list_display = ["sequence", "created_at", "actor_label", "action", "subject_kind", "subject_reference",
                    "from_state", "to_state"]
    list_filter = ["action", "subject_kind"]
    search_fields = ["subject_reference", "subject_public_id", "actor_label", "action"]
    ordering = ["-sequence"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
