-- One GraphQL operation from frontend-contract/operations, sent as the front ends send it, with a
-- bearer token and variables taken from a data file (one tab-separated row per caller: token first).
--
--   wrk ... -s graphql.lua URL -- OPERATION.graphql DATA.tsv VARIABLES MODE THREADS
--
-- VARIABLES is the JSON of the variables with $2, $3... for the row's columns and $KEY for a fresh
-- idempotency key per request. MODE "random": each request takes a random row; "once": the rows are
-- shared out between the threads and each row is used once, in order (submissions: one draft each).
-- A response counts as an error when its status is not 200 or its body has GraphQL "errors".

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local function json_string(s)
   s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', ''):gsub('\t', '\\t')
   return '"' .. s .. '"'
end

local rows, template, mode, query_json, position, counter, nonce

function init(args)
   local operation = assert(io.open(args[1])):read("*a")
   operation = operation:gsub("#[^\n]*\n", "")
   query_json = json_string(operation)
   template = args[3]
   mode = args[4]
   local nthreads = tonumber(args[5])
   rows = {}
   local index = 0
   for line in io.lines(args[2]) do
      if mode ~= "once" or index % nthreads == tid then
         local cols = {}
         for col in (line .. "\t"):gmatch("([^\t]*)\t") do table.insert(cols, col) end
         table.insert(rows, cols)
      end
      index = index + 1
   end
   assert(#rows > 0, "no rows for thread " .. tid .. " in " .. args[2])
   math.randomseed(os.time() + tid * 7919)
   position = 0
   counter = 0
   nonce = string.format("%x%x", os.time(), math.random(0, 0xfffff))
   http_errors = 0
   graphql_errors = 0
   exhausted = 0
   first_error = nil
end

function request()
   local row
   if mode == "once" then
      position = position + 1
      if position > #rows then
         exhausted = exhausted + 1
         position = 1
      end
      row = rows[position]
   else
      row = rows[math.random(#rows)]
   end
   counter = counter + 1
   local variables = template:gsub("%$KEY", string.format("bench-%s-%d-%d", nonce, tid, counter))
   variables = variables:gsub("%$(%d)", function(i) return row[tonumber(i)] end)
   local body = '{"query":' .. query_json .. ',"variables":' .. variables .. '}'
   return wrk.format("POST", nil, {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. row[1],
   }, body)
end

function response(status, headers, body)
   if status ~= 200 then
      http_errors = http_errors + 1
   elseif body:find('"errors"', 1, true) then
      graphql_errors = graphql_errors + 1
   else
      return
   end
   if first_error == nil then first_error = status .. " " .. body:sub(1, 300) end
end

function done(summary, latency, requests)
   local http, gql, exh, sample = 0, 0, 0, nil
   for _, t in ipairs(threads) do
      http = http + t:get("http_errors")
      gql = gql + t:get("graphql_errors")
      exh = exh + t:get("exhausted")
      sample = sample or t:get("first_error")
   end
   local e = summary.errors
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d http_errors=%d graphql_errors=%d socket_errors=%d pool_exhausted=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), http, gql,
      e.connect + e.read + e.write + e.timeout, exh))
   if sample then io.write("FIRST_ERROR " .. sample:gsub("\n", " ") .. "\n") end
end
