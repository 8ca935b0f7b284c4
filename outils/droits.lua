-- wrk -t2 -c16 -d30s -s outils/droits.lua http://127.0.0.1:18080/api/v1/droits
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local corps = {
  '{"age": 30, "logement": "LOCATAIRE", "loyer": 450, "codePostal": "33130"}',
  '{"age": 32, "enfants": [4, 9], "revenus": {"salaire": 900}, "logement": "LOCATAIRE_HLM", "loyer": 420, "codePostal": "59000", "codeInsee": "59350"}',
  '{"age": 40, "conjoint": {"age": 38}, "enfants": [3, 7, 12], "revenus": {"salaire": 1800}, "logement": "LOCATAIRE", "loyer": 750, "codePostal": "69100"}',
  '{"age": 45, "handicap": "AU_MOINS_80", "logement": "HEBERGE", "codePostal": "13001"}',
  '{"age": 68, "revenus": {"retraite": 700}, "logement": "PROPRIETAIRE", "codeInsee": "23096"}'
}
local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, corps[(i % #corps) + 1])
end
