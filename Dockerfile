# syntax=docker/dockerfile:1
# MigrAktiv Spandau! — production image: gunicorn serving config.wsgi, static files by WhiteNoise.

ARG PYTHON_VERSION=3.11

# --- build: wheels for the locked dependencies, compiled translations, collected static files ---------------------
FROM python:${PYTHON_VERSION}-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev libjpeg62-turbo-dev zlib1g-dev gettext \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
COPY requirements/base.txt requirements/base.txt
RUN pip install -r requirements/base.txt
COPY . .
# The build needs a secret key to import settings; it is thrown away with this stage.
RUN DJANGO_SETTINGS_MODULE=config.settings.production \
    SECRET_KEY=build-only-key-build-only-key-build-only-key-build-only-key-0123456789 \
    ALLOWED_HOSTS=build WAGTAILADMIN_BASE_URL=https://build.invalid \
    sh -c "python manage.py compilemessages --ignore '/venv/*' && python manage.py collectstatic --no-input"

# --- runtime: slim, non-root --------------------------------------------------------------------------------------
FROM python:${PYTHON_VERSION}-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=config.settings.production PORT=8000
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libjpeg62-turbo zlib1g curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
COPY --from=build /venv /venv
COPY --from=build --chown=app:app /app /app
WORKDIR /app
RUN mkdir -p /app/media && chown app:app /app/media
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:${PORT}/healthz || exit 1
# Migrations run as a release step (compose: the `migrate` service), not on every start of every worker.
CMD ["sh", "-c", "exec gunicorn config.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile - --forwarded-allow-ips='*'"]
