from django.urls import path

from reviews import views

app_name = "applications"

urlpatterns = [
    path("", views.application_list, name="list"),
    path("new/", views.application_new, name="new"),
    path("<str:public_id>/", views.application_detail, name="detail"),
    path("<str:public_id>/edit/", views.application_edit, name="edit"),
    path("<str:public_id>/withdraw/", views.application_withdraw, name="withdraw"),
    path("<str:public_id>/resubmit/", views.application_resubmit, name="resubmit"),
    path("<str:public_id>/appeal/", views.application_appeal, name="appeal"),
    path("<str:public_id>/messages/", views.application_message, name="message"),
    path("<str:public_id>/documents/<str:attachment_id>/", views.attachment_download, name="document"),
]
