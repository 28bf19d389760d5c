from django.contrib import admin
from django.urls import include, path

from accounts import language
from accounts.admin_login import admin_login
from config import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    # Django's set_language (django.conf.urls.i18n), wrapped to save a signed-in person's choice.
    path("i18n/setlang/", language.set_language, name="set_language"),
    path("", include("reviews.urls")),
    path("audit/", include("oversight.urls.audit_log")),
    path("oversight/", include("oversight.urls")),
    path("policies/", include("oversight.urls.policies")),
    path("", include("api.urls")),
    path("organisation/", include("accounts.urls")),
    path("", include("public.urls")),
    path("accounts/", include("allauth.urls")),
    # Before the admin's own URLs: its login page is the site's sign-in, with MFA.
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", admin.site.urls),
]
