from django.urls import path

from reviews import reviewer_views as views

app_name = "review"

urlpatterns = [
    path("", views.queue_view, name="queue"),
    path("take-next/", views.take_next, name="take_next"),
    path("<str:public_id>/", views.detail, name="detail"),
    path("<str:public_id>/claim/", views.claim, name="claim"),
    path("<str:public_id>/release/", views.release, name="release"),
    path("<str:public_id>/notes/", views.add_note, name="note"),
    path("<str:public_id>/messages/", views.message_applicant, name="message"),
    path("<str:public_id>/<str:action>/", views.act, name="act"),
]
