-- Every request a distinct address, as crawlers and job boards send them, so no page cache can answer:
-- a random posting ("detail") or a random page of the list with a random filter or search ("list"),
-- each with a tracking parameter of its own. Arguments: the kind, then how many postings are live.
local kind, live, sent = "detail", 10000, 0

function init(args)
    kind = args[1] or kind
    live = tonumber(args[2]) or live
    math.randomseed(os.time() * 1000 + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000)
end

local function listPage()
    local pages = math.max(1, math.floor(live / 20))
    local choice = math.random(6)
    if choice == 1 then
        -- A team holds one posting in 25: fewer pages.
        return "/careers?team=Team+" .. math.random(0, 24) .. "&page=" .. math.random(1, math.max(1, math.floor(pages / 25)))
    elseif choice == 2 then
        return "/careers?workplace=HYBRID&page=" .. math.random(1, pages)
    elseif choice == 3 then
        return "/careers?seniority=MID&page=" .. math.random(1, pages)
    elseif choice == 4 then
        return "/careers?q=backend&page=" .. math.random(1, pages)
    elseif choice == 5 then
        return "/careers?country=DE&page=" .. math.random(1, pages)
    end
    return "/careers?page=" .. math.random(1, pages)
end

request = function()
    sent = sent + 1
    local path
    if kind == "detail" then
        path = "/careers/bench-backend-developer-" .. math.random(1, live) .. "?ref=" .. sent
    else
        path = listPage() .. "&ref=" .. sent
    end
    return wrk.format("GET", path)
end
