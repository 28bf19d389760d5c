from django.urls import path

from oversight import views

app_name = "oversight"

urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    path("applications/<str:public_id>/record/", views.record, name="record"),
    path("applications/<str:public_id>/record/print/", views.record_print, name="record_print"),
]
