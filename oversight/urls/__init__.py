"""The oversight pages' URLs: the dashboard and decision records here; the audit log
(namespace "audit", under /audit/) and policy versions (namespace "policies", under /policies/)
in the modules beside this one, included by config/urls.py."""
from django.urls import path

from oversight.views import dashboard, organizations, records

app_name = "oversight"

urlpatterns = [
    path("", dashboard.dashboard_view, name="dashboard"),
    path("applications/<str:public_id>/record/", records.record, name="record"),
    path("applications/<str:public_id>/record/print/", records.record_print, name="record_print"),
    path("applications/<str:public_id>/record/inclusion-proof/", records.inclusion_proof, name="inclusion_proof"),
    path("organisations/", organizations.organization_list, name="organizations"),
    path("organisations/<str:public_id>/", organizations.organization_verify_view, name="organization_verify"),
]
