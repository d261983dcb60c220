-- wrk script: sealed-bid submissions through the gateway, as many providers at once (bench/bids).
--
-- BENCH_TOKENS: one provider token a line (line n is provider n). BENCH_PAIRS: "provider competitionId lotId
-- maxValue organisationId" a line, each an open competition the provider is eligible for and has not bid in; thread t
-- of n takes the lines whose number is t modulo n, so no two requests ever make the same bid. Each request is either a
-- new bid (POST, the next unused pair of the thread: 201) or, BENCH_RESUBMIT_PERCENT of the time and whenever the
-- thread has used all its pairs, a replacement of one of the bids this thread made (PUT with new contents: 200), as
-- the API defines them. BENCH_IDEMPOTENCY=1 sends an Idempotency-Key with each new bid.
local tokens_file = os.getenv("BENCH_TOKENS")
local pairs_file = os.getenv("BENCH_PAIRS")
local resubmit_percent = tonumber(os.getenv("BENCH_RESUBMIT_PERCENT") or "20")
local idempotency = os.getenv("BENCH_IDEMPOTENCY") == "1"

local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2") -- wrk -t, known before any thread's init
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  threads[#threads + 1] = thread
end

local tokens = {}
local todo = {}       -- pairs of this thread not yet bid
local next_pair = 1
local lot_of = {}     -- competitionId .. organisationId -> pair, to replace a bid once made
local own = {}        -- bids this thread made and has no request in flight for: { path, pair, version }
local in_flight = {}  -- bidId -> bid being replaced (one request at a time per bid, as one client would)
counts = {}           -- status -> responses (read by done through thread:get)
posts = 0
puts = 0
local sent = 0

function init(args)
  for line in io.lines(tokens_file) do tokens[#tokens + 1] = line end
  local n = 0
  for line in io.lines(pairs_file) do
    if n % nthreads == tid then
      local provider, competition, lot, max, org = line:match("^(%d+) (%S+) (%S+) (%S+) (%S+)$")
      if provider then
        todo[#todo + 1] = { token = tokens[tonumber(provider)], competition = competition, lot = lot,
                            max = tonumber(max), org = org }
      end
    end
    n = n + 1
  end
  math.randomseed(1000 + tid)
end

local function body(pair, version)
  local price = pair.max * (0.70 + math.random() * 0.29)
  return string.format('{"lots":[{"lotId":"%s","price":{"amount":%.2f,"currency":"GBP"}}],' ..
    '"answers":{"Q1":"We will run the service from %d local hubs with key workers who have lived experience (version %d).",' ..
    '"SV":"We employ and train people with convictions: %d%% of our staff live locally."},"supplyChainPartners":[]}',
    pair.lot, price, math.random(1, 9), version, math.random(5, 60))
end

request = function()
  sent = sent + 1
  local resubmit = #own > 0 and (next_pair > #todo or math.random(1, 100) <= resubmit_percent)
  if resubmit then
    local i = math.random(1, #own)
    local bid = own[i]
    own[i] = own[#own]
    own[#own] = nil
    in_flight[bid.id] = bid
    bid.version = bid.version + 1
    puts = puts + 1
    return wrk.format("PUT", bid.path, { ["Authorization"] = "Bearer " .. bid.pair.token,
      ["Content-Type"] = "application/json" }, body(bid.pair, bid.version))
  end
  if next_pair > #todo then
    return wrk.format("GET", "/q/health/ready") -- nothing left to bid and no bid made yet: should not happen
  end
  local pair = todo[next_pair]
  next_pair = next_pair + 1
  lot_of[pair.competition .. pair.org] = pair
  posts = posts + 1
  local headers = { ["Authorization"] = "Bearer " .. pair.token, ["Content-Type"] = "application/json" }
  if idempotency then headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. next_pair end
  return wrk.format("POST", "/v1/competitions/" .. pair.competition .. "/bids", headers, body(pair, 1))
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 201 then
    local bid = body:match('"bidId":"([^"]+)"')
    local competition = body:match('"competitionId":"([^"]+)"')
    local org = body:match('"organisationId":"([^"]+)"')
    local pair = competition and org and lot_of[competition .. org]
    if bid and pair then
      own[#own + 1] = { id = bid, path = "/v1/competitions/" .. competition .. "/bids/" .. bid, pair = pair, version = 1 }
      lot_of[competition .. org] = nil
    end
  elseif status == 200 then
    local id = body:match('"bidId":"([^"]+)"')
    if id and in_flight[id] then
      own[#own + 1] = in_flight[id]
      in_flight[id] = nil
    end
  elseif status >= 300 and (counts[status] or 0) <= 3 then
    io.stderr:write("[bids] " .. status .. ": " .. body:sub(1, 300) .. "\n")
  end
end

done = function(summary, latency, requests)
  local all, total_posts, total_puts = {}, 0, 0
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do all[status] = (all[status] or 0) + n end
    total_posts = total_posts + t:get("posts")
    total_puts = total_puts + t:get("puts")
  end
  local statuses, non2xx = {}, 0
  for status, n in pairs(all) do
    statuses[#statuses + 1] = status .. ":" .. n
    if status < 200 or status >= 300 then non2xx = non2xx + n end
  end
  table.sort(statuses)
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f non2xx=%d errors=%d requests=%d posts=%d puts=%d statuses=%s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests, total_posts, total_puts, table.concat(statuses, ",")))
end
