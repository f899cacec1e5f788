// What a person sees during a build: a progress bar on a terminal; nothing during rendering
// otherwise (the build prints one line per output written).
#pragma once

#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace voortgang {

class Progress {
 public:
  Progress(bool terminal, std::size_t total, std::ostream& out)
      : terminal_(terminal), total_(total), out_(out) {}
  void Start(const std::string& what);
  void Done();
  void Finish();

 private:
  void Draw();
  bool terminal_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::string current_;
  std::ostream& out_;
  std::mutex mutex_;
};

}  // namespace voortgang
