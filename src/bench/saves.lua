-- Saves of the edit page's whole form, each wrk thread (run with as many threads as connections)
-- on a draft of its own. Each save carries the version the one before it made, so a save that was
-- lost or applied out of order answers 409, and done() prints how many each draft took, for
-- benchmark.sh to compare with what the draft says last.
-- Environment: SAVE_DRAFTS ("id:version id:version ..."), SAVE_BODY (a file with the urlencoded form,
-- its title and version fields written as @TITLE@ and @VERSION@), SAVE_COOKIE (the session's cookies).
local threads = {}
local drafts = {}
for draft in string.gmatch(os.getenv("SAVE_DRAFTS") or "", "%S+") do
    table.insert(drafts, draft)
end

function setup(thread)
    local id, version = drafts[#threads + 1]:match("(%d+):(%d+)")
    thread:set("id", id)
    thread:set("version", tonumber(version))
    table.insert(threads, thread)
end

-- Globals, so that done() can read each thread's own.
saves, refused = 0, 0
local body

function init(args)
    local file = assert(io.open(os.getenv("SAVE_BODY"), "r"))
    body = file:read("*a"):gsub("%s+$", "")
    file:close()
    wrk.method = "POST"
    wrk.path = "/postings/" .. id
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Cookie"] = os.getenv("SAVE_COOKIE")
end

request = function()
    local form = body:gsub("@TITLE@", "Bench+save+" .. (saves + 1)):gsub("@VERSION@", tostring(version))
    return wrk.format(nil, nil, nil, form)
end

response = function(status)
    if status == 303 then
        saves = saves + 1
        version = version + 1
    else
        refused = refused + 1
    end
end

function done()
    for _, thread in ipairs(threads) do
        print(string.format("draft %s saves %d refused %d", thread:get("id"), thread:get("saves"), thread:get("refused")))
    end
end
