// A one-line progress bar redrawn in place.
#include "pipeline/build/progress.h"

namespace voortgang {

void Progress::Start(const std::string& what) {
  if (!terminal_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  current_ = what;
  Draw();
}

void Progress::Done() {
  if (!terminal_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  Draw();
}

void Progress::Finish() {
  if (terminal_ && total_ > 0) out_ << "\r\033[K" << std::flush;
}

void Progress::Draw() {
  constexpr std::size_t kWidth = 30;
  std::size_t filled = total_ ? done_ * kWidth / total_ : kWidth;
  std::string bar(filled, '#');
  bar.resize(kWidth, '.');
  std::string what = current_.size() > 50 ? "..." + current_.substr(current_.size() - 47) : current_;
  out_ << "\r\033[K[" << bar << "] " << done_ << "/" << total_ << "  " << what << std::flush;
}

}  // namespace voortgang
