"""The site's URLs: health check, robots, sitemap and the admins unprefixed; public
pages, search and the forms under each language's prefix (English has none)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import search as home_search
from home import views as home_views
from home.sitemap import I18nSitemap

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": I18nSitemap}}, name="sitemap"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("resources/", include("resources.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: English has no prefix; other languages get /pl/, /ar/ and so on.
urlpatterns += i18n_patterns(
    path("search/", home_search.search, name="search"),
    path("report/follow-up/", include("forms.urls")),
    path("measures/", include("measures.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
