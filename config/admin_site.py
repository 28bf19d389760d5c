"""The Django admin, with every change on the record.

Every model registered with the admin — ours, Django's groups, allauth's addresses and
authenticators — gets its admin class wrapped at registration, so an addition, a change (with
each changed field's value before and after, many-to-many fields and inline rows included) or a
deletion made through the admin writes an audit event in the same transaction as the change.
A model registered later is covered the same way: nothing depends on remembering to.
"""
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.db import transaction

from audit.events import AuditEventType

# Never written to the log, only that they changed: secrets and what stands in for them.
SECRET_FIELDS = frozenset({"password", "password1", "password2", "secret", "data", "token", "key"})


def _shown(value):
    if hasattr(value, "all") and callable(value.all):  # a related manager or queryset
        return sorted(str(item) for item in value.all())
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(str(item) for item in value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _changes(form) -> dict:
    """{field: [before, after]} for every changed field of a (model) form."""
    changes = {}
    for name in form.changed_data:
        if name in SECRET_FIELDS:
            changes[name] = "changed"
            continue
        before = form.initial.get(name)
        field = form.fields.get(name)
        if before is not None and field is not None and hasattr(field, "queryset"):
            # Initial values of relations are primary keys: show what they named.
            ids = before if isinstance(before, list | tuple) else [before]
            before = [str(obj) for obj in field.queryset.model._default_manager.filter(pk__in=ids)]
            before = before if isinstance(form.initial.get(name), list | tuple) else (before or [None])[0]
        changes[name] = [_shown(before), _shown(form.cleaned_data.get(name))]
    return changes


def audit_event_record(**kwargs):
    # Imported on use: this module is loaded with the app registry, before models may be.
    from audit.services import audit_event_record

    return audit_event_record(**kwargs)


def _subject(obj):
    """The object itself, if the log knows how to name it (users, organisations, applications…)."""
    return obj if callable(getattr(obj, "audit_subject", None)) else None


def _record(action: AuditEventType, request, obj, **data) -> None:
    with transaction.atomic():
        audit_event_record(action=action, actor=request.user, subject=_subject(obj), data={
            "model": obj._meta.label_lower, "object": str(obj), "object_id": str(obj.pk), **data,
        })


class AuditTrailMixin:
    """What every registered ModelAdmin inherits (see `AuditedAdminSite.register`)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        _record(AuditEventType.ADMIN_CHANGED if change else AuditEventType.ADMIN_ADDED, request, obj,
                changes=_changes(form))

    def delete_model(self, request, obj):
        description, pk = str(obj), obj.pk
        super().delete_model(request, obj)
        with transaction.atomic():
            audit_event_record(action=AuditEventType.ADMIN_DELETED, actor=request.user, subject=_subject(obj), data={
                "model": obj._meta.label_lower, "object": description, "object_id": str(pk)})

    def delete_queryset(self, request, queryset):
        deleted = [(obj._meta.label_lower, str(obj), str(obj.pk), _subject(obj)) for obj in queryset]
        super().delete_queryset(request, queryset)
        with transaction.atomic():
            for label, description, pk, subject in deleted:
                audit_event_record(action=AuditEventType.ADMIN_DELETED, actor=request.user, subject=subject,
                                   data={"model": label, "object": description, "object_id": pk})

    def save_formset(self, request, form, formset, change):
        """Inline rows (a user's memberships, say): each one added, changed or deleted is recorded
        with the object it belongs to."""
        super().save_formset(request, form, formset, change)
        parent = {"parent_model": form.instance._meta.label_lower, "parent": str(form.instance)}
        for obj in formset.new_objects:
            inline_form = next((f for f in formset.forms if f.instance is obj), None)
            _record(AuditEventType.ADMIN_ADDED, request, obj, changes=_changes(inline_form) if inline_form else {}, **parent)
        for obj, _fields in formset.changed_objects:
            inline_form = next((f for f in formset.forms if f.instance is obj), None)
            _record(AuditEventType.ADMIN_CHANGED, request, obj, changes=_changes(inline_form) if inline_form else {}, **parent)
        for obj in formset.deleted_objects:
            with transaction.atomic():
                audit_event_record(action=AuditEventType.ADMIN_DELETED, actor=request.user, subject=_subject(obj),
                                   data={"model": obj._meta.label_lower, "object": str(obj), **parent})


class AuditedAdminSite(admin.AdminSite):
    site_header = "Use-Case Review administration"
    site_title = "Use-Case Review"

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, AuditTrailMixin):
            admin_class = type(admin_class.__name__, (AuditTrailMixin, admin_class), {"__module__": admin_class.__module__})
        super().register(model_or_iterable, admin_class, **options)


class AuditedAdminConfig(AdminConfig):
    default_site = "config.admin_site.AuditedAdminSite"
