#!/usr/bin/env python3
"""Walks a QUAD's establishment case to approval through the API, as the agencies' demo officers would.
Usage: approve_case.py API_BASE QUAD_ID   (API_BASE like localhost:8080/api/v1; demo data must be loaded)"""
import base64
import json
import sys
import urllib.request

api, quad = sys.argv[1], int(sys.argv[2])


def call(method, path, user, password, body=None):
    request = urllib.request.Request('http://' + api + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header('Authorization', 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode())
    request.add_header('Content-Type', 'application/json')
    with urllib.request.urlopen(request) as response:
        return json.load(response)


authority = ('authority', 'authority-demo-2026')
route = [t for t in call('GET', '/approvals/templates', *authority) if t['key'] == 'quad-establishment']
route = max(route, key=lambda t: t['version'])
case = call('POST', '/approvals/cases', *authority, {'subjectKind': 'QUAD', 'subjectId': quad, 'templateId': route['id']})
for _ in range(100):
    if case['status'] != 'OPEN':
        break
    step = next((s for s in case['steps'] if s['state'] in ('OPEN', 'ESCALATED')), None)
    if step is None:
        break
    officer = ('agency', 'agency-demo-2026') if step['agency'] == 'FBR' else (
        'officer-' + step['agency'].lower(), 'officer-demo-2026')
    case = call('POST', f"/approvals/cases/{case['id']}/steps/{step['id']}/decision", *officer,
                {'outcome': 'APPROVED', 'reason': 'In order'})
if case['status'] != 'APPROVED':
    sys.exit(f"establishment case {case['id']} of QUAD {quad} ended {case['status']}")
