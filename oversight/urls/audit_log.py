from django.urls import path

from oversight.views import audit_log as views

app_name = "audit"

urlpatterns = [
    path("", views.log, name="log"),
    path("events/<int:sequence>/", views.event_detail, name="event"),
    path("export/<str:fmt>/", views.export, name="export"),
    path("verify/", views.verify, name="verify"),
    path("verify/jobs/<int:job_id>/", views.job, name="job"),
]
