from django.urls import path

from oversight.views import policies as views

app_name = "policies"

urlpatterns = [
    path("", views.policy_list, name="list"),
    path("new/", views.policy_upload, name="upload"),
    path("<str:version>/", views.policy_detail, name="detail"),
    path("<str:version>/simulate/", views.policy_simulate, name="simulate"),
    path("<str:version>/activate/", views.policy_activate, name="activate"),
]
