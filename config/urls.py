from django.contrib import admin
from django.urls import include, path

from config import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("", include("reviews.urls")),
    path("audit/", include("oversight.urls.audit_log")),
    path("oversight/", include("oversight.urls")),
    path("policies/", include("oversight.urls.policies")),
    path("", include("api.urls")),
    path("organisation/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]
