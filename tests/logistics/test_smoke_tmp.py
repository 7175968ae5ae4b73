import pytest
def test_smoke(g7):
    from meetingdesk.services import delegations as D
    ds = D.list_delegations(g7.desk, g7.meeting_id)
    print([ (d.code, d.name_ja, d.reading_ja) for d in ds])
