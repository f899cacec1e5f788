// manifest.json in and out.
#include "pipeline/build/manifest.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace voortgang {

Manifest ReadManifest(const std::string& path) {
  Manifest m;
  std::ifstream in(path);
  if (!in) return m;
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return m;  // damaged: rebuild everything rather than trust it
  try {
    m.version = j.value("version", "");
    m.period = j.value("period", "");
    // value() returns a copy: keep it alive for the whole loop.
    const nlohmann::json outputs = j.value("outputs", nlohmann::json::object());
    const nlohmann::json files = j.value("files", nlohmann::json::object());
    for (const auto& [name, o] : outputs.items()) {
      ManifestOutput out;
      out.key = o.value("key", "");
      out.sha256 = o.value("sha256", "");
      out.size = o.value("size", int64_t{0});
      out.mtime_ns = o.value("mtime_ns", int64_t{0});
      out.template_name = o.value("template", "");
      out.house_style = o.value("huisstijl", "");
      const nlohmann::json inputs = o.value("inputs", nlohmann::json::array());
      for (const auto& f : inputs) {
        out.inputs.push_back({f.value("path", ""), f.value("sha256", "")});
      }
      m.outputs[name] = out;
    }
    for (const auto& [name, f] : files.items()) {
      m.files[name] = {f.value("size", int64_t{0}), f.value("mtime_ns", int64_t{0}),
                       f.value("sha256", "")};
    }
  } catch (const nlohmann::json::exception&) {
    return Manifest{};
  }
  return m;
}

std::optional<StatEntry> StatOf(const std::string& path, Links links) {
  struct stat st;
  if (links == Links::kFollow ? ::stat(path.c_str(), &st) != 0
                              : ::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return std::nullopt;
  }
  return StatEntry{st.st_size,
                   static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, ""};
}

std::string ManifestJson(const Manifest& m) {
  nlohmann::ordered_json outputs = nlohmann::ordered_json::object();
  for (const auto& [name, o] : m.outputs) {
    nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
    for (const FileHash& f : o.inputs) inputs.push_back({{"path", f.path}, {"sha256", f.sha256}});
    outputs[name] = {{"key", o.key},
                     {"sha256", o.sha256},
                     {"size", o.size},
                     {"mtime_ns", o.mtime_ns},
                     {"template", o.template_name},
                     {"huisstijl", o.house_style},
                     {"inputs", inputs}};
  }
  nlohmann::ordered_json files = nlohmann::ordered_json::object();
  for (const auto& [name, f] : m.files) {
    files[name] = {{"size", f.size}, {"mtime_ns", f.mtime_ns}, {"sha256", f.sha256}};
  }
  nlohmann::ordered_json j = {
      {"version", m.version}, {"period", m.period}, {"outputs", outputs}, {"files", files}};
  return j.dump(2) + "\n";
}

}  // namespace voortgang
