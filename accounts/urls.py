from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.organization_home, name="organization_home"),
    path("new/", views.organization_create, name="organization_create"),
    path("join/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("<str:public_id>/", views.organization_detail, name="organization_detail"),
    path("<str:public_id>/edit/", views.organization_edit, name="organization_edit"),
    path("<str:public_id>/invitations/", views.invitation_send, name="invitation_send"),
]
