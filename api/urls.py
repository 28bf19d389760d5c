from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny

from api import pages, views
from api.docs import ApiDocsView

app_name = "api"

public = {"authentication_classes": [], "permission_classes": [AllowAny], "throttle_classes": []}

urlpatterns = [
    path("api/v1/schema/", SpectacularAPIView.as_view(**public), name="schema"),
    path("api/v1/docs/", ApiDocsView.as_view(url_name="api:schema", **public), name="docs"),
    path("api/v1/screen", views.ScreenView.as_view(), name="screen"),
    path("api/v1/applications", views.ApplicationListView.as_view(), name="applications"),
    path("api/v1/applications/<str:public_id>", views.ApplicationView.as_view(), name="application"),
    path("api/v1/applications/<str:public_id>/documents", views.DocumentsView.as_view(), name="documents"),
    path("api/v1/applications/<str:public_id>/submit", views.SubmitView.as_view(), name="submit"),
    path("api/v1/applications/<str:public_id>/resubmit", views.ResubmitView.as_view(), name="resubmit"),
    path("api/v1/applications/<str:public_id>/withdraw", views.WithdrawView.as_view(), name="withdraw"),
    path("api/v1/applications/<str:public_id>/appeal", views.AppealView.as_view(), name="appeal"),
    path("api/v1/applications/<str:public_id>/messages", views.MessagesView.as_view(), name="messages"),
    path("api/v1/applications/<str:public_id>/withdraw_publication_consent", views.PublicationConsentView.as_view(),
         name="withdraw_publication_consent"),
    # The organisation's page for its keys and webhooks (signed-in members).
    path("organisation/<str:public_id>/api/", pages.organization_api, name="organization_api"),
    path("organisation/<str:public_id>/api/keys/", pages.api_key_create, name="api_key_create"),
    path("organisation/<str:public_id>/api/keys/<str:prefix>/revoke/", pages.api_key_revoke, name="api_key_revoke"),
    path("organisation/<str:public_id>/api/webhooks/", pages.webhook_endpoint_add, name="webhook_endpoint_add"),
    path("organisation/<str:public_id>/api/webhooks/<str:endpoint_id>/remove/", pages.webhook_endpoint_remove,
         name="webhook_endpoint_remove"),
    path("organisation/<str:public_id>/api/deliveries/<str:msg_id>/resend/", pages.webhook_delivery_resend,
         name="webhook_delivery_resend"),
]
