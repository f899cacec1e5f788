// Reading and updating the unit cache folder.
#include "pipeline/build/unit_cache.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "pipeline/build/atomic_file.h"
#include "pipeline/build/hashing.h"
#include "pipeline/load/load.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

/// A symbolic link among the inputs is refused by the loader, so it is no cache hit either.
void StatInto(const std::string& path, InputStats* stats) {
  if (std::optional<StatEntry> st = StatOf(path, Links::kRefuse)) (*stats)[path] = *st;
}

/// The files an entry of `id` depends on, as they are now (without hashes): programma.toml,
/// plan.toml, budget.toml if any, then every other file of the unit folder (its CSV export,
/// which only budget.toml names); false when programma.toml or plan.toml is missing.
bool FilesNow(const std::string& inputs_dir, const std::string& id, const InputStats& stats,
              std::vector<StatFile>* files) {
  std::string programma = JoinPath(inputs_dir, "programma.toml");
  std::string folder = JoinPath(inputs_dir, id) + "/";
  std::string plan = folder + "plan.toml", budget = folder + "budget.toml";
  for (const std::string& path : {programma, plan, budget}) {
    auto it = stats.find(path);
    if (it != stats.end()) files->push_back({path, it->second});
    else if (path != budget) return false;
  }
  for (auto it = stats.lower_bound(folder);
       it != stats.end() && it->first.compare(0, folder.size(), folder) == 0; ++it) {
    if (it->first != plan && it->first != budget) files->push_back({it->first, it->second});
  }
  return true;
}

std::string EntryPath(const std::string& cache_dir, const std::string& id) {
  return (fs::path(cache_dir) / (id + ".json")).string();
}

/// Not flushed: an entry a crash leaves empty or cut short is no valid JSON with the right key,
/// so the unit is parsed again. Flushing the entries one by one after a cold national build
/// took a second.
void WriteEntry(const std::string& cache_dir, const std::string& id, const std::string& text,
                bool* made) {
  if (!*made) {
    std::error_code ec;
    fs::create_directories(cache_dir, ec);
    *made = true;
  }
  std::string temp, error, path = EntryPath(cache_dir, id);
  if (WriteTemp(path, text, &temp, &error)) RenameTemp(temp, path, &error);
}

}  // namespace

std::string UnitCacheDir(const std::string& out_dir) {
  return (fs::path(out_dir) / ".voortgang-cache").string();
}

InputStats StatInputs(const std::string& inputs_dir) {
  InputStats stats;
  StatInto(JoinPath(inputs_dir, "programma.toml"), &stats);
  std::error_code ec;
  for (fs::directory_iterator it(inputs_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name[0] == '.' || name[0] == '_' || it->symlink_status(ec).type() != fs::file_type::directory) {
      continue;
    }
    // Every file, not only plan.toml and budget.toml: the CSV file budget.toml may name is
    // known only after parsing it, and a file that came or went must miss the cache.
    std::string folder = JoinPath(inputs_dir, name);
    std::error_code file_ec;
    for (fs::directory_iterator file(it->path(), file_ec), none; !file_ec && file != none;
         file.increment(file_ec)) {
      std::string file_name = file->path().filename().string();
      if (file_name[0] != '.' && file_name[0] != '_') StatInto(JoinPath(folder, file_name), &stats);
    }
  }
  return stats;
}

std::map<std::string, CachedUnit> ReadUnitCache(const std::string& cache_dir,
                                                const std::string& inputs_dir,
                                                const std::string& version, const InputStats& stats,
                                                int jobs, Restamps* restamps) {
  struct Entry {
    std::string id;
    std::vector<StatFile> files;
    bool ok = false;
    bool restamp = false;
    CachedUnit unit;
  };
  std::vector<Entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(cache_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".json") continue;
    Entry e{it->path().stem().string(), {}, false, false, {}};
    if (FilesNow(inputs_dir, e.id, stats, &e.files)) entries.push_back(std::move(e));
  }
  // A file whose time alone changed is hashed once, though programma.toml is in every entry.
  std::mutex hashes_mutex;
  std::map<std::string, std::string> hashes;
  auto hash_of = [&](const std::string& path) {
    {
      std::lock_guard<std::mutex> lock(hashes_mutex);
      if (auto it = hashes.find(path); it != hashes.end()) return it->second;
    }
    std::string hash = Sha256File(path).value_or("");
    std::lock_guard<std::mutex> lock(hashes_mutex);
    return hashes.emplace(path, std::move(hash)).first->second;
  };
  // Parsed in parallel: at national scale this is most of a rebuild that renders little.
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < entries.size();) {
      Entry& e = entries[i];
      std::ifstream in(EntryPath(cache_dir, e.id), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      e.ok = in && ParseUnitCache(text.str(), e.id, &e.files, version, hash_of, &e.unit, &e.restamp);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(std::max(jobs, 1), static_cast<int>(entries.size())); ++t) {
    pool.emplace_back(worker);
  }
  worker();
  for (std::thread& t : pool) t.join();
  std::map<std::string, CachedUnit> known;
  for (Entry& e : entries) {
    if (!e.ok) continue;
    known[e.id] = std::move(e.unit);
    if (e.restamp) (*restamps)[e.id] = std::move(e.files);
  }
  return known;
}

void UpdateUnitCache(const std::string& cache_dir, const Checked& checked,
                     const std::map<std::string, UnitFindings>& parsed,
                     const std::map<std::string, CachedUnit>& cache, const InputStats& before,
                     const std::map<std::string, StatEntry>& hashed, const Restamps& restamps,
                     const std::string& version) {
  bool made = false;
  for (const auto& [id, files] : restamps) {
    auto entry = cache.find(id);
    if (entry != cache.end() && !parsed.count(id)) {  // parsed: made for another period
      std::string text = UnitCacheJson(entry->second, files, version);
      if (!text.empty()) WriteEntry(cache_dir, id, text, &made);
    }
  }
  for (std::size_t i = 0; i < checked.units.size() && i < checked.figures.units.size(); ++i) {
    auto findings = parsed.find(checked.units[i].id);
    const Unit* u = ParsedUnit(checked, checked.units[i].id);
    if (findings == parsed.end() || !u || !u->complete) continue;
    std::vector<StatFile> files;
    if (!FilesNow(checked.inputs.root, u->id, before, &files)) continue;
    std::size_t expected =
        2 + (u->budget ? 1 : 0) + (u->budget && !u->budget->boekingen_csv.empty());
    if (files.size() != expected) continue;  // a file came or went meanwhile
    bool unchanged = true;
    for (StatFile& f : files) {
      auto h = hashed.find(f.path);
      unchanged = unchanged && h != hashed.end() && h->second.size == f.stat.size &&
                  h->second.mtime_ns == f.stat.mtime_ns && h->second.sha256 != "missing";
      if (unchanged) f.stat.sha256 = h->second.sha256;
    }
    if (!unchanged) continue;
    std::string text = UnitCacheJson(
        CachedFromRun(*u, checked.figures.units[i], *checked.period, findings->second), files,
        version);
    if (!text.empty()) WriteEntry(cache_dir, u->id, text, &made);
  }
}

}  // namespace voortgang
