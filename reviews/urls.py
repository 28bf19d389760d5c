"""The pages of the workflow, in one namespace: what applicants do under /applications/ and what
reviewers do under /review/."""
from django.urls import path

from reviews.views import applicant, reviewer

app_name = "reviews"

urlpatterns = [
    path("applications/", applicant.application_list, name="application_list"),
    path("applications/new/", applicant.application_new, name="application_new"),
    path("applications/<str:public_id>/", applicant.application_detail, name="application_detail"),
    path("applications/<str:public_id>/edit/", applicant.application_edit, name="application_edit"),
    path("applications/<str:public_id>/withdraw/", applicant.application_withdraw, name="application_withdraw"),
    path("applications/<str:public_id>/resubmit/", applicant.application_resubmit, name="application_resubmit"),
    path("applications/<str:public_id>/appeal/", applicant.application_appeal, name="application_appeal"),
    path("applications/<str:public_id>/unpublish/", applicant.application_unpublish, name="application_unpublish"),
    path("applications/<str:public_id>/messages/", applicant.application_message, name="application_message"),
    path("applications/<str:public_id>/documents/<str:attachment_id>/", applicant.attachment_download,
         name="application_document"),
    path("review/", reviewer.queue_view, name="queue"),
    path("review/take-next/", reviewer.take_next, name="take_next"),
    path("review/<str:public_id>/", reviewer.detail, name="review"),
    path("review/<str:public_id>/claim/", reviewer.claim, name="claim"),
    path("review/<str:public_id>/release/", reviewer.release, name="release"),
    path("review/<str:public_id>/notes/", reviewer.add_note, name="note"),
    path("review/<str:public_id>/messages/", reviewer.message_applicant, name="message_applicant"),
    path("review/<str:public_id>/<str:action>/", reviewer.act, name="act"),
]
