"""Reusable local test servers (real sockets on 127.0.0.1, random ports, no mocks).

Plain classes for any test, plus pytest fixtures in ``tests.servers.fixtures``::

    from tests.servers import LocalSMTPServer, LocalWebhookServer
    with LocalSMTPServer() as smtp:            # or smtp = LocalSMTPServer(); smtp.start()
        ...send to 127.0.0.1:smtp.port...
        smtp.wait_for(1, timeout=5)
        smtp.messages[0]["Subject"]
"""
from tests.servers.smtp import LocalSMTPServer, ReceivedEmail
from tests.servers.webhook import LocalWebhookServer, ReceivedRequest

__all__ = ["LocalSMTPServer", "LocalWebhookServer", "ReceivedEmail", "ReceivedRequest"]
