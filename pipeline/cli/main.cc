// voortgang's command line (cli.md): parses flags, runs the stages, prints diagnostics and
// maps the outcome to the exit status. The only code that links both renderers.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <filesystem>

#include <CLI/CLI.hpp>

#include "pipeline/aggregate/summary_json.h"
#include "pipeline/build/build.h"
#include "pipeline/check/check.h"
#include "pipeline/check/resources.h"
#include "pipeline/cli/new_unit.h"
#include "pipeline/cli/renderers.h"
#include "pipeline/cli/usage.h"
#include "pipeline/model/one_line.h"
#include "pipeline/load/json_schema.h"
#include "pipeline/diff/diff.h"

namespace voortgang {
namespace {

struct DiagnosticOptions {
  std::string format = "text";  ///< "text" (GNU) or "json" (one object per line)
  bool werror = false;
};

/// Prints every diagnostic on stderr; under GitHub Actions also as workflow annotations.
void Print(const Diagnostics& diags, const DiagnosticOptions& options) {
  const char* gha = std::getenv("GITHUB_ACTIONS");
  bool annotations = gha && std::string(gha) == "true";
  for (const Diagnostic& d : diags.items) {
    std::cerr << (options.format == "json" ? FormatJson(d) : FormatGnu(d)) << '\n';
    if (annotations) std::cerr << FormatGithubAnnotation(d) << '\n';
  }
}

bool Failed(const Diagnostics& diags, const DiagnosticOptions& options) {
  return diags.HasErrors() || (options.werror && diags.WarningCount() > 0);
}

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// The inputs, then the templates and house styles a build would use.
int RunCheck(const BuildOptions& build, const DiagnosticOptions& options) {
  Diagnostics diags;
  Checked checked = LoadAndCheck(build.stage, &diags);
  // What a build of these inputs would use, the house styles' logos included.
  Resources unused;
  LoadResources({build.templates_dir, build.house_style}, checked.units, &unused, &diags);
  diags.Sort();
  Print(diags, options);
  std::cerr << "voortgang check: " << Plural(checked.inputs.units.size(), "unit", "units")
            << (checked.period ? ", period " + checked.period->ToString() : "") << ", "
            << Plural(diags.ErrorCount(), "error", "errors") << ", "
            << Plural(diags.WarningCount(), "warning", "warnings") << '\n';
  return Failed(diags, options) ? kInputErrors : kOk;
}

int RunSummary(const StageOptions& stage, const DiagnosticOptions& options) {
  Diagnostics diags;
  Checked checked = LoadAndCheck(stage, &diags);
  Print(diags, options);
  if (Failed(diags, options)) return kInputErrors;
  std::cout << SummaryJson(checked.figures);
  return kOk;
}

/// templates/ in the current folder, else the one beside the program (build/../templates).
std::string DefaultTemplates(const char* argv0) {
  namespace fs = std::filesystem;
  if (fs::is_directory("templates")) return "templates";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = argv0;
  fs::path beside = exe.parent_path().parent_path() / "templates";
  return fs::is_directory(beside) ? beside.string() : "templates";
}

int RunBuildCommand(BuildOptions options, const DiagnosticOptions& diag_options) {
  options.terminal = ::isatty(STDOUT_FILENO) && !std::getenv("CI");
  BuildSummary summary;
  int status = RunBuild(
      options, MakeRenderers(), [&](const Diagnostics& d) { Print(d, diag_options); },
      std::cout, &summary);
  if (status == kOk && diag_options.werror && summary.warnings > 0) status = kInputErrors;
  char seconds[32];
  std::snprintf(seconds, sizeof(seconds), "%.1f", summary.seconds);
  // Input errors are named only when there are some, so that a clean run's line is the one
  // cli.md gives; a CI log then says at its end why nothing was built.
  std::string errors =
      summary.errors > 0 ? Plural(summary.errors, "error", "errors") + ", " : std::string();
  std::cout << "voortgang build: " << summary.built << " built, " << summary.skipped
            << " skipped, " << summary.failed << " failed, " << errors
            << Plural(summary.warnings, "warning", "warnings") << ", " << seconds << " s\n";
  return status;
}

/// A CLI11 check from one of usage.h's functions.
CLI::Validator UsageCheck(std::string (*error)(const std::string&), const char* name) {
  return CLI::Validator([error](std::string& value) { return error(value); }, "", name);
}

/// changes.md: both trees' diagnostics only when one has errors (else the report lists the
/// warnings that changed), then the report on stdout.
int RunDiff(DiffOptions options, const std::string& format, const DiagnosticOptions& diag_options) {
  DiffTrees trees = LoadBoth(options);
  if (trees.base_diags.HasErrors() || trees.head_diags.HasErrors()) {
    Print(trees.base_diags, diag_options);
    Print(trees.head_diags, diag_options);
    return kInputErrors;
  }
  try {
    nlohmann::ordered_json diff = CompareTrees(trees, options);
    std::cout << (format == "json" ? diff.dump(2) + "\n" : DiffMarkdown(diff));
  } catch (const std::overflow_error& e) {
    std::cerr << "voortgang diff: " << e.what() << '\n';
    return kInputErrors;
  }
  return kOk;
}

/// The commands, for the message about an unknown one.
std::string CommandList(CLI::App& app) {
  std::string names;
  for (const CLI::App* cmd : app.get_subcommands({})) {
    names += (names.empty() ? "" : ", ") + cmd->get_name();
  }
  return names;
}

int Main(int argc, char** argv) {
  CLI::App app{"voortgang: plan and budget TOML -> checked figures, progress notes and workbooks"};
  app.set_version_flag("--version", std::string("voortgang ") + VOORTGANG_VERSION);
  // No require_subcommand: CLI11 checks it before unknown words, so "voortgang frobnicate"
  // would say "A subcommand is required"; a missing command is reported after parsing.
  CLI::Validator non_empty = UsageCheck(NonEmptyError, "NONEMPTY");

  StageOptions stage;
  DiagnosticOptions diag_options;
  std::string period_text;
  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--inputs", stage.inputs_dir, "inputs folder")
        ->capture_default_str()
        ->check(non_empty);
    cmd->add_option("--period", period_text, "reporting period YYYY-Qn (default: the latest)")
        ->check(non_empty);
    cmd->add_option("--jobs", stage.jobs, "parallel workers (default: number of cores)")
        ->check(CLI::Range(1, 256));
    cmd->add_option("--diagnostics", diag_options.format, "diagnostics format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
  };
  CLI::App* check = app.add_subcommand("check", "load and validate, print diagnostics");
  add_common(check);
  check->add_flag("--werror", diag_options.werror, "treat warnings as errors");
  BuildOptions build_options;
  check->add_option("--templates", build_options.templates_dir,
                    "templates folder (default: ./templates, else the one beside the program)");
  check->add_option("--huisstijl", build_options.house_style,
                    "house style to check for every document (templates/huisstijl/NAME.toml)");
  CLI::App* summary = app.add_subcommand("summary", "print the computed figures");
  add_common(summary);
  bool json = false;
  summary->add_flag("--json", json, "as JSON (cli.md)")->required();

  std::string only;
  CLI::App* build = app.add_subcommand("build", "render the notes and workbooks into --out");
  add_common(build);
  build->add_option("--out", build_options.out_dir, "output folder")
      ->capture_default_str()
      ->check(non_empty);
  build->add_option("--unit", build_options.units, "only this unit (repeatable)")
      ->check(UsageCheck(UnitIdError, "UNIT"));
  build->add_flag("--force", build_options.force, "rebuild outputs that are up to date");
  build->add_flag("--keep-going", build_options.keep_going,
                  "build every unit without errors; report the rest (exit status 1)");
  build->add_option("--only", only, "only PDFs, only workbooks or only the HTML edition")
      ->check(CLI::IsMember({"pdf", "xlsx", "html"}));
  build->add_option("--templates", build_options.templates_dir,
                    "templates folder (default: ./templates, else the one beside the program)")
      ->check(non_empty);
  build->add_option("--huisstijl", build_options.house_style,
                    "house style for every document of the run (templates/huisstijl/NAME.toml)")
      ->check(UsageCheck(HouseStyleNameError, "NAME"));
  build->add_flag("--werror", diag_options.werror, "treat warnings as errors");
  build_options.templates_dir.clear();

  std::string schema_file;
  CLI::App* schema = app.add_subcommand("schema", "print the JSON Schema of an input file");
  schema->add_option("file", schema_file, "programma, plan or budget")
      ->required()
      ->check(CLI::IsMember({"programma", "plan", "budget"}));
  NewUnitOptions new_unit;
  CLI::App* make = app.add_subcommand("new", "write a skeleton unit (plan.toml, budget.toml)");
  make->add_option("id", new_unit.id, "the unit's id, its folder name")->required();
  make->add_option("--soort", new_unit.soort, "kind of unit")
      ->required()
      ->check(CLI::IsMember({"gemeente", "jeugdhulpregio"}));
  make->add_option("--naam", new_unit.naam, "the unit's name (default: its id)");
  make->add_option("--regio", new_unit.regio, "gemeente only: id of its jeugdhulpregio");
  make->add_option("--inputs", new_unit.inputs_dir, "inputs folder")->capture_default_str();
  DiffOptions diff_options;
  std::string diff_format = "markdown";
  CLI::App* diff = app.add_subcommand("diff", "what a change of the inputs does (changes.md)");
  add_common(diff);
  diff->add_option("--base", diff_options.base_dir, "the inputs folder to compare with")
      ->required();
  diff->add_option("--format", diff_format, "report format")
      ->check(CLI::IsMember({"markdown", "json"}))
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::vector<std::string> extra = app.remaining();
    if (dynamic_cast<const CLI::ExtrasError*>(&e) && app.get_subcommands().empty() &&
        !extra.empty() && extra[0].rfind('-', 0) != 0) {
      std::cerr << "voortgang: unknown command '" << OneLine(extra[0])
                << "': the commands are " << CommandList(app) << " (see voortgang --help)\n";
      return kUsage;
    }
    // --help and --version text goes through our stdout check: CLI11 flushes its stream
    // itself, which would leave no errno to name the reason of a failed write.
    std::ostringstream out;
    int code = app.exit(e, out, std::cerr);
    std::cout << out.str();
    return code == 0 ? kOk : kUsage;
  }
  if (app.get_subcommands().empty()) {
    std::cerr << "voortgang: a command is required: " << CommandList(app)
              << " (see voortgang --help)\n";
    return kUsage;
  }
  if (!period_text.empty()) {
    stage.period = ParsePeriod(period_text);
    if (!stage.period) {
      std::cerr << "voortgang: " << PeriodError(period_text) << '\n';
      return kUsage;
    }
  }
  if (schema->parsed()) {
    std::cout << *JsonSchema(schema_file);
    return kOk;
  }
  if (make->parsed()) {
    std::string error = WriteNewUnit(new_unit);
    if (!error.empty()) {
      std::cerr << "voortgang new: " << error << '\n';
      return kUsage;
    }
    std::cout << "voortgang new: wrote "
              << (std::filesystem::path(new_unit.inputs_dir) / new_unit.id).string()
              << "/plan.toml and budget.toml\n";
    return kOk;
  }
  build_options.stage = stage;
  if (build_options.templates_dir.empty()) build_options.templates_dir = DefaultTemplates(argv[0]);
  if (check->parsed()) return RunCheck(build_options, diag_options);
  if (build->parsed()) {
    build_options.only = only == "pdf"    ? OutputKinds::kPdf
                         : only == "xlsx" ? OutputKinds::kXlsx
                         : only == "html" ? OutputKinds::kHtml
                                          : OutputKinds::kAll;
    if (std::string error = BuildUsageError(build_options); !error.empty()) {
      std::cerr << "voortgang: " << error << '\n';
      return kUsage;
    }
    return RunBuildCommand(build_options, diag_options);
  }
  if (summary->parsed()) return RunSummary(stage, diag_options);
  if (diff->parsed()) {
    diff_options.inputs_dir = stage.inputs_dir;
    diff_options.period = stage.period;
    diff_options.jobs = stage.jobs;
    diff_options.templates_dir = DefaultTemplates(argv[0]);
    return RunDiff(diff_options, diff_format, diag_options);
  }
  return kUsage;
}

/// A command's output that did not reach stdout (a full disk, a closed pipe) is a write
/// failure, not success: `summary --json > /dev/full` must not exit 0.
int CheckStdout(int status) {
  errno = 0;
  std::cout.flush();  // through stdio's buffer (synced): its errno is the reason
  int error = errno;
  if (std::fflush(stdout) != 0 && error == 0) error = errno;
  if (!std::ferror(stdout) && std::cout.good()) return status;
  std::cerr << "voortgang: cannot write to standard output: "
            << (error ? std::strerror(error) : "write error") << '\n';
  return kRenderFailure;
}

}  // namespace
}  // namespace voortgang

int main(int argc, char** argv) { return voortgang::CheckStdout(voortgang::Main(argc, argv)); }
