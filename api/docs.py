"""The browsable API documentation, served from the app with the sidecar's Swagger UI assets:
no CDN, and no inline script or style, so the strict CSP stays as it is (the page's own start-up
script is a separate response of the same view, `?script`)."""
from drf_spectacular.views import SpectacularSwaggerSplitView


class ApiDocsView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"
    title = "Use-Case Review API"
