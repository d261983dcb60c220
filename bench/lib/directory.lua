-- wrk script: GET a page of 20 of the directory for a random real category x area (pairs from bench/lib/pairs.txt).
local pairs_file = os.getenv("BENCH_PAIRS") or "/tmp/bench-directory-pairs.txt"
local pairs = {}
for line in io.lines(pairs_file) do
  local category, area = line:match("^(%S+)%s+(%S+)$")
  if category then pairs[#pairs + 1] = "/v1/directory/providers?category=" .. category .. "&area=" .. area .. "&size=20" end
end
local errors = 0

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

function init(args)
  math.randomseed(id)
end

request = function()
  return wrk.format("GET", pairs[math.random(1, #pairs)])
end

response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f non2xx=%d errors=%d requests=%d bytes=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests, summary.bytes))
end
