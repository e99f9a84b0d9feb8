# Production image: gunicorn serving Django/Wagtail (static files by WhiteNoise when no
# proxy serves them; compose's Caddy does).
# Runtime configuration comes from the environment (see site/settings/production.py
# and compose.yaml); no secret is baked into the image.

# ---- Stage 1: front-end assets (GOV.UK Frontend + our Sass and scripts) -> static/dist
FROM node:20-bookworm-slim AS assets
WORKDIR /src
# Dependencies first, so a change to our source does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npm run build

# ---- Stage 2: interface translations, locale/*.po -> .mo (gettext stays out of the image)
FROM python:3.11-slim-bookworm AS messages
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY locale ./locale
RUN for po in locale/*/LC_MESSAGES/django.po; do msgfmt --check -o "${po%.po}.mo" "$po"; done

# ---- Stage 3: the Python application
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The app runs unprivileged and cannot change its own code; only media is writable.
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/app app

WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY . .
COPY --from=assets /src/static/dist ./static/dist
COPY --from=messages /src/locale ./locale
# Editable, so the import name cse_site maps onto /app/site and BASE_DIR is /app.
# /srv/static: where compose's one-shot "static" service copies the collected files for
# the proxy (a new named volume takes this folder's owner, so the app user may write it).
RUN pip install --no-deps -e . \
    && mkdir -p /app/media /srv/static \
    && chown app:app /app/media /srv/static

# Hashed, compressed static files at build time. The values on this line exist only
# so production settings load; collectstatic touches neither database nor mail.
RUN DJANGO_SETTINGS_MODULE=cse_site.settings.production \
    DJANGO_SECRET_KEY=build-time-only-not-a-secret \
    DATABASE_URL=sqlite:////tmp/build-only.sqlite3 \
    DJANGO_ALLOWED_HOSTS=localhost \
    DJANGO_CSRF_TRUSTED_ORIGINS=http://localhost \
    WAGTAILADMIN_BASE_URL=http://localhost \
    EMAIL_URL=consolemail:// \
    DEFAULT_FROM_EMAIL=build@localhost \
    REPORT_ENCRYPTION_KEYS=YnVpbGQtdGltZS1vbmx5LW5vdC1hLXJlYWwta2V5ISE= \
    python manage.py collectstatic --noinput -v0

USER app
ENV DJANGO_SETTINGS_MODULE=cse_site.settings.production \
    PORT=8000
EXPOSE 8000

# /healthz answers 200 when the database does. Django rejects a Host it does not
# serve, so send the first allowed host (slim images have no curl: use Python).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request as r; \
host = os.environ['DJANGO_ALLOWED_HOSTS'].split(',')[0].strip().lstrip('.'); \
url = 'http://127.0.0.1:' + os.environ.get('PORT', '8000') + '/healthz'; \
r.urlopen(r.Request(url, headers={'Host': host}), timeout=4)"

CMD ["gunicorn", "-c", "gunicorn.conf.py", "cse_site.wsgi"]
