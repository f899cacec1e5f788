// Outputs are written to a temporary name beside their final one and renamed into place only
// when complete, so a failed or killed run never leaves a half-written file nor removes the
// previous good one. Temporary names start with ".voortgang-tmp-" so a later run can sweep them.
#pragma once

#include <string>
#include <string_view>

namespace voortgang {

inline constexpr std::string_view kTempPrefix = ".voortgang-tmp-";

/// A fresh temporary path beside `final_path`, registered so that SIGINT/SIGTERM remove it.
std::string TempPathFor(const std::string& final_path);

/// Writes `bytes` to a temporary file beside `final_path`; on failure removes it and explains.
bool WriteTemp(const std::string& final_path, std::string_view bytes, std::string* temp_path,
               std::string* error);

/// Flushes the temporary file to disk; on failure removes it and explains. Before a rename:
/// a crash after the rename must not leave an empty file under the final name.
bool FlushTemp(const std::string& temp_path, const std::string& final_path, std::string* error);

/// Renames a flushed temporary file over `final_path`; on failure removes it and explains.
bool RenameTemp(const std::string& temp_path, const std::string& final_path, std::string* error);

/// FlushTemp, then RenameTemp.
bool CommitTemp(const std::string& temp_path, const std::string& final_path, std::string* error);

/// Removes a temporary file and forgets it.
void DiscardTemp(const std::string& temp_path);

/// Removes temporary files a killed run left under `dir` (recursively).
void SweepStaleTemps(const std::string& dir);

/// On SIGINT or SIGTERM: remove the registered temporary files, then die of the signal.
void InstallSignalCleanup();

}  // namespace voortgang
