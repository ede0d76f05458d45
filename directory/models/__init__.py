"""The directory's models: organisation profiles, working groups and their index pages."""

from home.localization import LocalizedPageQuerySet

from .organisations import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    OrganisationTopic,
)
from .signups import CONSENT_TEXT_VERSION, OrganisationSignup
from .teams import OrganisationGroup
from .working_groups import (
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupMembership,
    WorkingGroupPage,
    WorkingGroupTopic,
)

__all__ = [
    "CONSENT_TEXT_VERSION",
    "Language",
    "LocalizedPageQuerySet",
    "OrganisationGroup",
    "OrganisationIndexPage",
    "OrganisationPage",
    "OrganisationSignup",
    "OrganisationSocialLink",
    "OrganisationTopic",
    "WorkingGroupIndexPage",
    "WorkingGroupMeeting",
    "WorkingGroupMembership",
    "WorkingGroupPage",
    "WorkingGroupTopic",
]
