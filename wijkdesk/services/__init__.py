"""Use cases. Each call is one transaction that validates, checks permissions, writes and appends
its audit entry before commit. The window, the command line and the tests all come through here.
"""
