from django.urls import path

from oversight.views import policies as views

app_name = "policies"

urlpatterns = [
    path("", views.policy_list, name="list"),
    path("new/", views.policy_upload, name="upload"),
    path("jobs/<int:job_id>/", views.job_detail, name="job"),
    path("<str:version>/", views.policy_detail, name="detail"),
    path("<str:version>/simulate/", views.policy_simulate, name="simulate"),
    path("<str:version>/activate/", views.policy_activate, name="activate"),
    path("<str:version>/simulate/background/", views.policy_simulate_in_background, name="simulate_background"),
    path("<str:version>/withdraw/", views.policy_withdraw, name="withdraw"),
]
