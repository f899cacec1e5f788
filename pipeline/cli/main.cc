// voortgang's command line (cli.md): parses flags, runs the stages, prints diagnostics and
// maps the outcome to the exit status. The only code that links both renderers.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include <unistd.h>

#include <filesystem>

#include <CLI/CLI.hpp>

#include "pipeline/aggregate/summary_json.h"
#include "pipeline/build/build.h"
#include "pipeline/build/stages.h"
#include "pipeline/cli/renderers.h"
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
  CheckTemplatesAndStyles(build, checked, &diags);
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

}  // namespace
}  // namespace voortgang

int main(int argc, char** argv) {
  using namespace voortgang;
  CLI::App app{"voortgang: plan and budget TOML -> checked figures, progress notes and workbooks"};
  app.set_version_flag("--version", std::string("voortgang ") + VOORTGANG_VERSION);
  app.require_subcommand(1);

  StageOptions stage;
  DiagnosticOptions diag_options;
  std::string period_text;
  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--inputs", stage.inputs_dir, "inputs folder")->capture_default_str();
    cmd->add_option("--period", period_text, "reporting period YYYY-Qn (default: the latest)");
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
  build->add_option("--out", build_options.out_dir, "output folder")->capture_default_str();
  build->add_option("--unit", build_options.units, "only this unit (repeatable)");
  build->add_flag("--force", build_options.force, "rebuild outputs that are up to date");
  build->add_flag("--keep-going", build_options.keep_going,
                  "build every unit without errors; report the rest (exit status 1)");
  build->add_option("--only", only, "only PDFs or only workbooks")
      ->check(CLI::IsMember({"pdf", "xlsx"}));
  build->add_option("--templates", build_options.templates_dir,
                    "templates folder (default: ./templates, else the one beside the program)");
  build->add_option("--huisstijl", build_options.house_style,
                    "house style for every document of the run (templates/huisstijl/NAME.toml)");
  build->add_flag("--werror", diag_options.werror, "treat warnings as errors");
  build_options.templates_dir.clear();

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
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  if (!period_text.empty()) {
    stage.period = ParsePeriod(period_text);
    if (!stage.period) {
      std::cerr << "voortgang: invalid --period '" << period_text
                << "': expected YYYY-Qn, e.g. 2024-Q4\n";
      return kUsage;
    }
  }
  build_options.stage = stage;
  if (build_options.templates_dir.empty()) build_options.templates_dir = DefaultTemplates(argv[0]);
  if (check->parsed()) return RunCheck(build_options, diag_options);
  if (build->parsed()) {
    build_options.only = only == "pdf"    ? OutputKinds::kPdf
                         : only == "xlsx" ? OutputKinds::kXlsx
                                          : OutputKinds::kAll;
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
