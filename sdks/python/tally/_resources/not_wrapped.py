"""Operations of the document the client leaves out on purpose, and why."""

#: A new operation must be wrapped by a resource method or named here (a test checks).
NOT_WRAPPED = {
    "auth_signup": "dashboard sign-up: people in a browser, not servers",
    "auth_login": "dashboard sign-in: a session cookie, not a credential a server keeps",
    "auth_logout": "ends a dashboard session",
    "auth_requestPasswordReset": "a person's password, from the dashboard",
    "auth_completePasswordReset": "a person's password, from the dashboard",
    "users_changePassword": "a dashboard session's own password",
    "invitations_preview": "the invited person's browser, before they have a credential",
    "invitations_accept": "the invited person's browser: answers a session",
    "connect_callback": "the platform sends the creator's browser there",
    "connectInstagram_callback": "the platform sends the creator's browser there",
    "connectYouTube_callback": "the platform sends the creator's browser there",
    "oauth_token": "the client fetches tokens itself (Tally(client_id=..., client_secret=...))",
    "oauth_introspect": "for resource servers checking tokens, not API clients",
    "oauth_revoke": "for resource servers and clients ending tokens early; not wrapped yet",
    "wellKnown_keys": "public keys for verifying access tokens, not API data",
    "wellKnown_metadata": "OAuth server metadata, not API data",
}
