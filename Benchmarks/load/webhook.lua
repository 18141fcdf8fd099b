-- Posts pre-signed inbound SMS webhooks, each with its own MessageSid, so every request takes the full path.
-- args: requests.tsv [delay-ms] [first line]  (a delay paces each connection, for a fixed rate; a first line other than
-- 0 starts further into the file, so two wrk runs on one file send different MessageSids)
local sigs, bodies, i, pause = {}, {}, 0, 0

function init(args)
  for line in io.lines(args[1]) do
    local sig, body = line:match("([^\t]+)\t(.*)")
    sigs[#sigs + 1] = sig
    bodies[#bodies + 1] = body
  end
  pause = tonumber(args[2] or "0")
  i = tonumber(args[3] or "0")
end

function request()
  i = i + 1
  if i > #bodies then i = 1 end
  return wrk.format("POST", "/webhooks/sms",
    { ["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = sigs[i] }, bodies[i])
end

function delay()
  return pause
end
